import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handler } from './handler.ts';
import { joinHandlers } from './join.ts';
import { handlers } from './registry.ts';

describe('the registry', () => {
  it('holds every domain method once', () => {
    expect(Object.keys(handlers).sort()).toEqual([
      'journeys.create',
      'journeys.createFromLibrary',
      'journeys.delete',
      'journeys.duplicate',
      'journeys.get',
      'journeys.list',
      'journeys.rename',
      'journeys.restore',
      'journeys.revision',
      'journeys.revisions',
      'journeys.save',
      'journeys.setStatus',
      'journeys.validate',
      'library.list',
      'personas.delete',
      'personas.get',
      'personas.importCsv',
      'personas.list',
      'personas.save',
      'segments.delete',
      'segments.get',
      'segments.list',
      'segments.save',
      'settings.get',
      'settings.set',
      'simulation.cancel',
      'simulation.compare',
      'simulation.conflicts',
      'simulation.preview',
      'simulation.recipients',
      'simulation.result',
      'simulation.run',
      'simulation.session.close',
      'simulation.session.reset',
      'simulation.session.start',
      'simulation.session.step',
      'simulation.session.trace',
      'simulation.status',
      'templates.delete',
      'templates.get',
      'templates.list',
      'templates.revision',
      'templates.revisions',
      'templates.save',
      'workspace.export',
      'workspace.exportToFolder',
      'workspace.import',
      'workspace.importFromFolder',
      'workspace.settings.get',
      'workspace.settings.save',
      'workspace.summary',
    ]);
    for (const h of Object.values(handlers)) expect(h.summary.length).toBeGreaterThan(0);
  });

  it('refuses a method name defined twice', () => {
    const ping = handler({
      summary: 'Answers.',
      input: z.object({}),
      output: z.object({}),
      run: () => ({}),
    });
    expect(() => joinHandlers(handlers, { 'journeys.list': ping })).toThrow(
      'API method "journeys.list" is defined twice',
    );
  });
});
