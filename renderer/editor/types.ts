// The contract between the canvas editor and the inspector forms: every node
// kind has a form that receives the node and reports the edited node back.
// The editor applies each `onChange` as an undoable edit (a quick run of
// them on one field, like the keystrokes of a word, is one undo step).
import type { ReactElement } from 'react';
import type { Journey, JourneySettings, NodeOfType, NodeType, Problem } from '../../src/model';

/** What a form may need beyond its own node. */
export type EditorContext = {
  journey: Journey;
  templates: { id: string; name: string }[];
  segments: { id: string; name: string }[];
  /** The problems of this node (or, for the settings form, of the journey). */
  problems: Problem[];
};

export type NodeForm<T extends NodeType> = (props: {
  node: NodeOfType<T>;
  onChange: (next: NodeOfType<T>) => void;
  context: EditorContext;
}) => ReactElement;

/** One form per node kind: a kind left out does not compile. */
export type NodeForms = { [T in NodeType]: NodeForm<T> };

export type JourneySettingsFormProps = {
  settings: JourneySettings;
  onChange: (next: JourneySettings) => void;
  context: EditorContext;
};

export type JourneySettingsFormComponent = (props: JourneySettingsFormProps) => ReactElement;
