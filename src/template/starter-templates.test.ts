// Every template of the starter workspace compiles (MJML) and renders (Liquid)
// with no error and no Liquid left over: MJML must keep the Liquid it carries,
// in text, in attributes and between table rows.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolderFiles } from '../db/folder-io.ts';
import { readWorkspaceFolder } from '../model/folder.ts';
import { createTemplateRenderer } from './renderer.ts';

describe('starter templates', async () => {
  const read = readWorkspaceFolder(
    await readFolderFiles(resolve(import.meta.dirname, '../../resources/starter')),
  );
  if (!read.ok) throw new Error('the starter workspace does not read');
  const { bundle } = read;
  const renderer = createTemplateRenderer(bundle);
  const ctx = {
    profile: { email: 'ana+1@example.com', first_name: '<Ana>', tier: 'gold' },
    event: {
      name: 'cart_abandoned',
      at: '2026-03-02T09:00:00Z',
      properties: { items: [{ name: 'Runner', size: '40', price: 119 }], total: 119 },
    },
    journey: { id: 'cart-abandonment', name: 'Cart abandonment' },
    workspace: bundle.settings,
  };

  it.each(bundle.templates.map((t) => t.id))('%s renders', async (id) => {
    const out = await renderer.renderEmail(ctx, id);
    expect(out.errors).toEqual([]);
    expect(out.html).not.toMatch(/\{\{|\{%|%\}|\}\}/);
    expect(out.html).not.toContain('<Ana>');
    expect(out.text.length).toBeGreaterThan(0);
  });

  it('lays table cells apart in the plain text', async () => {
    const out = await renderer.renderEmail(ctx, 'cart-1');
    expect(out.text).toMatch(/Size 40\s+€119/);
  });
});
