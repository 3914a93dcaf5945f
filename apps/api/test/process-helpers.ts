/** Databases for tests that run the server as a separate process: they are named by URL. */
import { freshDatabase } from '@gangmu/storage/testing';

export { DRIVERS } from '@gangmu/storage/testing';

export async function freshDatabaseUrl(
  driver: 'sqlite' | 'postgres',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const t = await freshDatabase(driver);
  // The test process lets go of its connection; the server process opens the database by URL.
  await t.db.close();
  return { url: t.url, drop: t.dropStorage };
}
