// Shown instead of the app when the page has no way to reach the core
// (opened without its token in a browser).
import { LogoMark } from '../components/icons';

export function BridgeMissing({ message }: { message: string }) {
  return (
    <div className="bridge-missing">
      <div className="state">
        <LogoMark size={40} />
        <h1 className="state-title">Waymark cannot reach its workspace</h1>
        <p className="state-message">{message}</p>
      </div>
    </div>
  );
}
