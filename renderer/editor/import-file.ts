// Importing a dropped file: a `.journey.json` adds (or, confirmed, replaces)
// that journey; a workspace bundle (what "Export all" downloads) replaces the
// workspace. Invalid files say what is wrong, located, and change nothing.
import type { Api } from '../api/api';
import { toApiClientError } from '../api/errors';
import { navigate } from '../stores/route';
import { showToast } from '../stores/toast-store';

type Confirm = (question: string) => boolean;

function record(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemsText(err: unknown): string {
  const e = toApiClientError(err);
  const lines = (e.problems ?? []).slice(0, 3).map((p) => `${p.path}: ${p.message}`);
  return lines.length > 0 ? lines.join(' · ') : e.message;
}

export async function importFile(
  api: Api,
  name: string,
  text: string,
  confirm: Confirm,
): Promise<void> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    showToast({ tone: 'error', text: `${name} is not JSON, so it cannot be imported.` }, 8000);
    return;
  }
  if (record(value) && value.format === 'journey/v1' && typeof value.id === 'string') {
    const id = value.id;
    const { journeys } = await api.invoke('journeys.list', {});
    if (journeys.some((j) => j.id === id) && !confirm(`Replace the journey “${id}” with ${name}?`))
      return;
    try {
      // The document crosses the API as sent; the core checks it against the schema.
      const journey = value as Parameters<typeof api.invoke<'journeys.save'>>[1]['journey'];
      await api.invoke('journeys.save', { journey, summary: `Imported from ${name}` });
    } catch (err) {
      showToast({ tone: 'error', text: `${name} was not imported: ${problemsText(err)}` }, 12_000);
      return;
    }
    showToast({ tone: 'info', text: `Imported ${name}.` });
    if (window.location.hash === `#/journeys/${id}`) window.location.reload();
    else navigate({ kind: 'journey', id });
    return;
  }
  if (record(value) && value.format === 'waymark-bundle/v1' && record(value.files)) {
    const files: Record<string, string> = {};
    for (const [path, content] of Object.entries(value.files))
      if (typeof content === 'string') files[path] = content;
    if (!confirm(`Replace the whole workspace with ${name}?`)) return;
    try {
      const counts = await api.invoke('workspace.import', { files });
      showToast({
        tone: 'info',
        text: `Imported ${counts.journeys} journeys and ${counts.templates} templates.`,
      });
    } catch (err) {
      showToast({ tone: 'error', text: `${name} was not imported: ${problemsText(err)}` }, 12_000);
    }
    return;
  }
  showToast(
    {
      tone: 'error',
      text: `${name} is neither a journey (format journey/v1) nor a workspace bundle.`,
    },
    8000,
  );
}
