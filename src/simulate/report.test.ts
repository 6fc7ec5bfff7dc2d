// The readable report's holds: an email held by quiet hours or by a `delay`
// cap is no suppression and sends later, so only the trace knows it waited;
// the report says when it was held, until when, and by what.
import { describe, expect, it } from 'vitest';
import { formatReport } from './report.ts';
import { line, persona, personasFile, play, workspace } from './test-kit.ts';

const go = { id: 'start', type: 'trigger', on: 'event', event: 'go' } as const;
const mail = (id: string) => ({ id, type: 'email', template: 't', subject: id }) as const;

describe('the readable report', () => {
  it('lists an email held by quiet hours, and one held by the cap, with their release', () => {
    const quiet = line('quiet', [go, mail('q')], { quietHours: { from: '21:00', to: '08:00' } });
    const capped = line('capped', [go, mail('c1'), mail('c2')], { frequencyCap: 'delay' });
    const bundle = workspace([quiet, capped], {
      settings: { frequencyCap: { max: 1, per: 'PT1H' } },
    });
    const r = play(
      bundle,
      personasFile([persona('lis', [{ at: '2026-03-02T22:00:00Z', name: 'go' }])]),
    );
    const report = formatReport(r.output, r.trace, { timezone: 'Europe/Lisbon' });
    expect(report).toContain(
      [
        'Persona lis (3 emails, 0 suppressed)',
        '  2026-03-02T22:00:00Z  enters capped',
        '  2026-03-02T22:00:00Z  enters quiet',
        '  2026-03-02T22:00:00Z  email capped/c1 t to lis@example.com: "c1"',
        '  2026-03-02T22:00:00Z  held capped/c2 until 2026-03-02T23:00:00Z (23:00 Europe/Lisbon): frequency cap',
        '  2026-03-02T22:00:00Z  held quiet/q until 2026-03-03T08:00:00Z (08:00 Europe/Lisbon): quiet hours',
        '  2026-03-02T23:00:00Z  email capped/c2 t to lis@example.com: "c2"',
        '  2026-03-02T23:00:00Z  exits capped: completed',
        '  2026-03-03T08:00:00Z  email quiet/q t to lis@example.com: "q"',
        '  2026-03-03T08:00:00Z  exits quiet: completed',
        '',
      ].join('\n'),
    );
    // Without the trace, the report is the output's alone.
    expect(formatReport(r.output)).not.toContain('held');
  });

  it('gives the release on the persona’s own clock, where quiet hours are read', () => {
    const quiet = line('quiet', [go, mail('q')], { quietHours: { from: '21:00', to: '08:00' } });
    const kenji = persona('kenji', [{ at: '2026-03-02T13:00:00Z', name: 'go' }], {
      profile: { email: 'kenji@example.com', timezone: 'Asia/Tokyo' },
    });
    const r = play(workspace([quiet]), personasFile([kenji]));
    expect(formatReport(r.output, r.trace, { timezone: 'Europe/Lisbon' })).toContain(
      '  2026-03-02T13:00:00Z  held quiet/q until 2026-03-02T23:00:00Z (08:00 Asia/Tokyo): quiet hours\n',
    );
  });
});
