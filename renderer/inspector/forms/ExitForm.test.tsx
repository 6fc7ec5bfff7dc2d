import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderNodeForm, starterContext } from '../test/harness';

describe('ExitForm', () => {
  it('explains what an exit does, and shows the node problems the editor passes', () => {
    const { onChange } = renderNodeForm(
      'exit',
      { id: 'done', type: 'exit' },
      {
        ...starterContext(),
        problems: [
          {
            severity: 'warning',
            file: 'journeys/cart-abandonment.journey.json',
            path: '$.nodes[9]',
            message: 'is not reachable from the trigger: connect it, or remove it.',
            node: 'done',
          },
        ],
      },
    );
    expect(screen.getByRole('form', { name: 'Exit' })).toHaveTextContent('The run ends here');
    expect(screen.getByRole('list', { name: 'Problems' })).toHaveTextContent(
      'is not reachable from the trigger',
    );
    expect(onChange).not.toHaveBeenCalled();
  });
});
