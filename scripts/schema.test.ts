import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles, schemaFolder } from './schema.ts';

describe('the published JSON Schemas', () => {
  it('are committed exactly as `npm run schema` writes them now (run it after a schema change)', () => {
    const expected = schemaFiles();
    expect(readdirSync(schemaFolder).sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) {
      expect(readFileSync(join(schemaFolder, name), 'utf8'), name).toBe(text);
    }
  });

  it('cover every file kind, with the recursive condition as one named definition', () => {
    const files = schemaFiles();
    expect([...files.keys()]).toEqual([
      'workspace.schema.json',
      'journey.schema.json',
      'segment.schema.json',
      'personas.schema.json',
    ]);
    const segment = JSON.parse(files.get('segment.schema.json') ?? '{}');
    expect(segment.properties.condition).toEqual({ $ref: '#/$defs/Condition' });
    expect(JSON.stringify(segment.$defs.Condition)).toContain('"$ref":"#/$defs/Condition"');
  });

  it('come out the same on every run', () => {
    expect(schemaFiles()).toEqual(schemaFiles());
  });
});
