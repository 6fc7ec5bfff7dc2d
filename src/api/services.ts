// The services the storage-backed domains need, declared on AppServices by
// module augmentation (see handler.ts). Hosts build them (src/host/).
import type { WaymarkDb } from '../db/open.ts';

declare module './handler.ts' {
  interface AppServices {
    db: WaymarkDb;
  }
}

export type { WaymarkDb };
