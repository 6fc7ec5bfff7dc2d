// Liquid filled with a sample recipient, so a template preview reads like an
// email rather than like code. The simulator shows each persona's own data.
import { Liquid } from 'liquidjs';

export type SampleWorkspace = { name: string; timezone: string };

export const sampleProfile = {
  id: 'ana',
  email: 'ana@example.com',
  first_name: 'Ana',
  tier: 'gold',
  tags: ['vip'],
};

export function sampleScope(workspace: SampleWorkspace): Record<string, unknown> {
  return {
    profile: { ...sampleProfile, timezone: workspace.timezone },
    event: {
      name: 'sample',
      properties: {
        items: [{ name: 'Trail Runner 2', size: '39', price: '89.00', quantity: 1 }],
        total: '89.00',
      },
    },
    journey: { id: 'preview', name: 'Preview' },
    workspace: { name: workspace.name, timezone: workspace.timezone },
    unsubscribe_url: '#unsubscribe',
  };
}

const engines = new Map<string, Liquid>();

function engineFor(timezone: string): Liquid {
  let engine = engines.get(timezone);
  if (!engine) {
    // As the core renders email bodies: escaped output, missing values empty,
    // no file system, the workspace's zone for dates.
    engine = new Liquid({
      outputEscape: 'escape',
      strictVariables: false,
      strictFilters: false,
      ownPropertyOnly: true,
      templates: {},
      timezoneOffset: timezone,
      locale: 'en-US',
    });
    engines.set(timezone, engine);
  }
  return engine;
}

export async function renderSample(html: string, workspace: SampleWorkspace): Promise<string> {
  return engineFor(workspace.timezone).parseAndRender(html, sampleScope(workspace));
}
