// The model: zod schemas of every file kind in spec/FORMAT.md, their types,
// the node-kind registry and the folder format. Depends on nothing else in src/.
export * from './bundle.ts';
export * from './condition.ts';
export * from './folder.ts';
export * from './journey.ts';
export * from './node-kinds.ts';
export * from './nodes.ts';
export * from './personas.ts';
export * from './primitives.ts';
export * from './problem.ts';
export * from './segment.ts';
export * from './workspace.ts';
export * from './zod-problems.ts';
