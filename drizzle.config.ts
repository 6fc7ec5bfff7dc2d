// drizzle-kit: `npm run db:generate` writes SQL migrations into drizzle/,
// which the app applies at start-up (src/db/open.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
