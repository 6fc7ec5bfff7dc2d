// Renders the whole app on a fake bridge, opened at a given hash.
import { render } from '@testing-library/react';
import { createApi } from '../api/api';
import { App } from '../app/App';
import { type FakeBridge, fakeBridge } from './fake-bridge';

export function renderApp(hash = '#/', bridge: FakeBridge = fakeBridge()) {
  window.location.hash = hash;
  const result = render(<App api={createApi(bridge)} />);
  return { ...result, bridge };
}
