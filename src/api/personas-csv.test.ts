import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHost, type TestHost } from '../host/testing.ts';
import { refusal } from './simulation-testing.ts';

let host: TestHost;
beforeEach(async () => {
  host = await openTestHost();
});
afterEach(() => host.cleanup());

const good = [
  'email,First Name,id,timezone,created_at,tags,plan,orders,vip,note',
  'ana@example.com,Ana,ana,Europe/Lisbon,2026-01-05T10:00:00Z,new;shoes,gold,3,true,"likes ""runners"", often"',
  'bo@example.com,Bo,,America/New_York,,vip|boots,,0.5,FALSE,',
  '',
  '"cy@example.com",Cy,cy,,,,,,,"two',
  'lines"',
].join('\r\n');

describe('personas.importCsv', () => {
  it('imports every row into a new set, fields mapped and values recognised', async () => {
    const result = await host.invoke('personas.importCsv', { name: 'customers', csv: good });
    expect(result).toEqual({ name: 'customers', imported: 3, total: 3 });
    const { file } = await host.invoke('personas.get', { name: 'customers' });
    expect(file.format).toBe('personas/v1');
    expect(file.personas).toEqual([
      {
        id: 'ana',
        profile: {
          email: 'ana@example.com',
          first_name: 'Ana',
          id: 'ana',
          timezone: 'Europe/Lisbon',
          created_at: '2026-01-05T10:00:00Z',
          tags: ['new', 'shoes'],
          plan: 'gold',
          orders: 3,
          vip: true,
          note: 'likes "runners", often',
        },
      },
      {
        id: 'bo@example.com',
        profile: {
          email: 'bo@example.com',
          first_name: 'Bo',
          timezone: 'America/New_York',
          tags: ['vip', 'boots'],
          orders: 0.5,
          vip: false,
        },
      },
      {
        id: 'cy',
        profile: { email: 'cy@example.com', first_name: 'Cy', id: 'cy', note: 'two\r\nlines' },
      },
    ]);
    const { personaSets } = await host.invoke('personas.list', {});
    expect(personaSets.find((s) => s.name === 'customers')?.personaCount).toBe(3);
  });

  it('appends to a set, refusing ids it already has', async () => {
    const added = await host.invoke('personas.importCsv', {
      name: 'basic',
      csv: 'email,first_name\nbo@example.com,Bo\n',
      mode: 'append',
    });
    expect(added).toEqual({ name: 'basic', imported: 1, total: 2 });
    const clash = await refusal(
      host.invoke('personas.importCsv', {
        name: 'basic',
        csv: 'email,id\nx@example.com,ana\n',
        mode: 'append',
      }),
    );
    expect(clash.problems).toEqual([
      expect.objectContaining({ file: 'basic.csv', path: 'line 2', value: 'ana' }),
    ]);
    const missing = host.invoke('personas.importCsv', {
      name: 'nope',
      csv: 'email\na@example.com\n',
      mode: 'append',
    });
    expect((await refusal(missing)).code).toBe('not-found');
    const exists = host.invoke('personas.importCsv', { name: 'basic', csv: 'email\na@b.c\n' });
    expect((await refusal(exists)).code).toBe('conflict');
  });

  it('lists every bad row by line number and saves nothing', async () => {
    const csv = [
      'email,id,timezone,created_at',
      'ok@example.com,ok,,',
      ',no-email,,',
      'not-an-address,bad,,',
      'tz@example.com,tz,Mars/Olympus,',
      '',
      'dup@example.com,ok,,',
      'when@example.com,when,,yesterday',
    ].join('\n');
    const e = await refusal(host.invoke('personas.importCsv', { name: 'broken', csv }));
    expect(e.code).toBe('bad-input');
    expect(e.problems?.map((p) => [p.file, p.path])).toEqual([
      ['broken.csv', 'line 3'],
      ['broken.csv', 'line 4'],
      ['broken.csv', 'line 5'],
      ['broken.csv', 'line 7'],
      ['broken.csv', 'line 8'],
    ]);
    expect(e.problems?.[0]?.message).toContain('no email');
    expect(e.problems?.[2]?.message).toContain('timezone');
    expect(e.problems?.[3]?.message).toContain('id of another persona');
    expect(e.message).toContain('line 7');
    const { personaSets } = await host.invoke('personas.list', {});
    expect(personaSets.map((s) => s.name)).not.toContain('broken');
  });

  it('refuses a file without an email column or without rows of profiles', async () => {
    const noEmail = await refusal(
      host.invoke('personas.importCsv', { name: 'x', csv: 'name\nAna\n' }),
    );
    expect(noEmail.problems?.[0]).toMatchObject({ path: 'line 1' });
    const empty = await refusal(host.invoke('personas.importCsv', { name: 'x', csv: '' }));
    expect(empty.code).toBe('bad-input');
  });
});
