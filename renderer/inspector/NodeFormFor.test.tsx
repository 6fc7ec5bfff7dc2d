import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../api/api';
import { ApiProvider } from '../api/context';
import { fakeBridge } from '../test/fake-bridge';
import { starter } from '../test/starter';
import { NodeFormFor } from './NodeFormFor';
import { JourneySettingsForm } from './settings/JourneySettingsForm';
import { starterContext } from './test/harness';

describe('NodeFormFor', () => {
  it.each(starter.journeyIds)(
    'opens every node and the settings of the starter journey %s without an edit or a message',
    (id) => {
      const context = starterContext(id);
      const onChange = vi.fn();
      const api = createApi(fakeBridge());
      for (const node of context.journey.nodes) {
        const { unmount, container } = render(
          <ApiProvider api={api}>
            <NodeFormFor node={node} onChange={onChange} context={context} />
          </ApiProvider>,
        );
        expect(screen.getByRole('form')).toBeInTheDocument();
        expect(container.querySelector('.if-error')).toBeNull();
        unmount();
      }
      const { container } = render(
        <JourneySettingsForm
          settings={context.journey.settings}
          onChange={onChange}
          context={context}
        />,
      );
      expect(container.querySelector('.if-error')).toBeNull();
      expect(onChange).not.toHaveBeenCalled();
    },
  );
});
