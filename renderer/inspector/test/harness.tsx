// Renders one inspector form the way the editor does: the node lives in
// state, and every onChange both is recorded and becomes the next node.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { vi } from 'vitest';
import type { JourneySettings, NodeOfType, NodeType } from '../../../src/model';
import { createApi } from '../../api/api';
import { ApiProvider } from '../../api/context';
import type { EditorContext, NodeForm } from '../../editor/types';
import { createWorkspaceStore, WorkspaceStoreContext } from '../../stores/workspace-store';
import { fakeBridge } from '../../test/fake-bridge';
import { starter } from '../../test/starter';
import { nodeForms } from '../node-forms';
import { JourneySettingsForm } from '../settings/JourneySettingsForm';

export function starterContext(journeyId = 'cart-abandonment'): EditorContext {
  return {
    journey: starter.journey(journeyId),
    templates: starter.templateIds.map((id) => ({ id, name: id })),
    segments: starter.segmentIds.map((id) => ({ id, name: starter.segment(id).name })),
    problems: [],
  };
}

export function renderNodeForm<T extends NodeType>(
  type: T,
  node: NodeOfType<T>,
  context: EditorContext = starterContext(),
) {
  // The record's mapped type guarantees the form matches the node's kind.
  const Form = nodeForms[type] as NodeForm<T>;
  const onChange = vi.fn<(next: NodeOfType<T>) => void>();
  function Harness() {
    const [current, setCurrent] = useState(node);
    return (
      <Form
        node={current}
        onChange={(next) => {
          onChange(next);
          setCurrent(next);
        }}
        context={context}
      />
    );
  }
  const api = createApi(fakeBridge());
  function Workspace({ children }: { children: ReactNode }) {
    const [store] = useState(() => createWorkspaceStore(api));
    useEffect(() => {
      void store.getState().load();
    }, [store]);
    return (
      <WorkspaceStoreContext.Provider value={store}>{children}</WorkspaceStoreContext.Provider>
    );
  }
  const result = render(
    <ApiProvider api={api}>
      <Workspace>
        <Harness />
      </Workspace>
    </ApiProvider>,
  );
  return { ...result, onChange, user: userEvent.setup(), last: () => onChange.mock.lastCall?.[0] };
}

export function renderSettingsForm(
  settings: JourneySettings | undefined,
  context: EditorContext = starterContext(),
) {
  const onChange = vi.fn<(next: JourneySettings) => void>();
  function Harness() {
    const [current, setCurrent] = useState(settings);
    return (
      <JourneySettingsForm
        settings={current}
        onChange={(next) => {
          onChange(next);
          setCurrent(next);
        }}
        context={context}
      />
    );
  }
  const result = render(<Harness />);
  return { ...result, onChange, user: userEvent.setup(), last: () => onChange.mock.lastCall?.[0] };
}
