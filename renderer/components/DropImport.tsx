// Files dropped anywhere on the window are imported (see import-file.ts).
import { useEffect, useState } from 'react';
import { useApi } from '../api/context';
import { importFile } from '../editor/import-file';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

export function DropImport() {
  const api = useApi();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      for (const file of e.dataTransfer?.files ?? []) {
        void file.text().then((text) => importFile(api, file.name, text, (q) => window.confirm(q)));
      }
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [api]);
  return over ? (
    <div className="drop-hint" aria-hidden="true">
      Drop a .journey.json to import it
    </div>
  ) : null;
}
