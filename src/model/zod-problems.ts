// zod issues turned into problems a person can act on: each names the file,
// the precise JSON path, the value found there and what to do. Unions are
// unfolded: a condition is matched to its form by its key, so the problem is
// the real nested one (`$.nodes[2].if.all[0].op: must be one of ...`).
import type { z } from 'zod';
import { folderIds } from './bundle.ts';
import { conditionKind, conditionKinds, conditionUnionMessage } from './condition.ts';
import { jsonPath, type Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;
type Located = { issue: Issue; path: PropertyKey[] };

/** zod issues as problems, each naming the file and the JSON path. */
export function zodProblems(file: string, error: z.ZodError, root: unknown): Problem[] {
  const journey = folderIds.journey(file);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { issue, path } of error.issues.flatMap((i) => unfold(i, [], root))) {
    const problem: Problem = {
      severity: 'error',
      file,
      path: jsonPath(path),
      message: explainIssue(issue, valueAt(root, path)),
    };
    const shown = showValue(valueAt(root, path));
    if (shown !== undefined) problem.value = shown;
    if (journey !== undefined) {
      problem.journey = journey;
      const node = nodeIdAt(root, path);
      if (node !== undefined) problem.node = node;
    }
    // Unions can report the same issue through several forms; say it once.
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/** Replaces a union's issue with the issues of the form the value was meant to be. */
function unfold(issue: Issue, base: PropertyKey[], root: unknown): Located[] {
  const path = [...base, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ issue, path }];
  const chosen = chooseForm(issue, valueAt(root, path));
  if (chosen === undefined) return [{ issue, path }];
  return chosen.flatMap((i) => unfold(i, path, root));
}

function chooseForm(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  value: unknown,
): Issue[] | undefined {
  if (issue.message === conditionUnionMessage) {
    const kind = conditionKind(value);
    return kind === undefined ? undefined : issue.errors[conditionKinds.indexOf(kind)];
  }
  // Any other union: the one form that accepted the value's shape (its
  // issues are all inside the value, none about the value itself).
  const inside = issue.errors.filter((issues) => issues.every((i) => i.path.length > 0));
  return inside.length === 1 ? inside[0] : undefined;
}

function explainIssue(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined && value === undefined
        ? `is missing: add this field (${issue.expected}).`
        : `${issue.message.replace(/^Invalid input: /, '')}: change it to ${withArticle(issue.expected)}.`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union': {
      if (issue.message === conditionUnionMessage) {
        const keys = conditionKinds.map((k) => `"${k}"`).join(', ');
        return `is not a condition: a condition is an object with one of the keys ${keys} (see spec/FORMAT.md, "Conditions").`;
      }
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        const listed = options.map((o) => JSON.stringify(o)).join(', ');
        return value === undefined
          ? `is missing: add it, one of ${listed}, to say what kind of item this is.`
          : `is not a known kind: it must be one of ${listed}.`;
      }
      return 'matches none of the forms this field allows: see spec/FORMAT.md for the forms.';
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min === 1) return 'is empty: fill it in.';
      if (issue.origin === 'array') return `needs at least ${min} item${min === 1 ? '' : 's'}.`;
      if (issue.origin === 'number' || issue.origin === 'int') {
        return issue.inclusive ? `must be at least ${min}.` : `must be more than ${min}.`;
      }
      return `${issue.message}.`;
    }
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') {
        return `must be at most ${Number(issue.maximum)}.`;
      }
      return `${issue.message}.`;
    case 'unrecognized_keys':
      return `has unknown keys ${issue.keys.join(', ')}: remove them.`;
    default:
      return `${issue.message}.`;
  }
}

/**
 * "a string", "an object": "an" before a vowel sound. For zod's type names
 * that is a vowel letter, except the "you" sound of "union".
 */
function withArticle(typeName: string): string {
  return `${/^(?!uni)[aeiou]/i.test(typeName) ? 'an' : 'a'} ${typeName}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Reflect.get(cur, key);
  }
  return cur;
}

function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The id of the node a path into a journey file falls in (`$.nodes[3]...`). */
function nodeIdAt(root: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return undefined;
  const id = valueAt(root, ['nodes', path[1], 'id']);
  return typeof id === 'string' ? id : undefined;
}
