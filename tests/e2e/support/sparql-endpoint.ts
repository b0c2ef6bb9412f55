import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../sparql/virtuoso.sh', import.meta.url));

export interface TestEndpoint {
  /** '' when there is none and the SPARQL browser tests may be skipped. */
  readonly url: string;
  stop(): void;
}

const none: TestEndpoint = { url: '', stop: () => undefined };

/**
 * The SPARQL endpoint the browser tests query: `$KG_SPARQL_ENDPOINT` when set (.ci/run starts one and
 * stops it), else a throw-away Virtuoso started here (tests/sparql/virtuoso.sh) and stopped by its PID
 * when the tests end, so `npm test` alone works on a machine with virtuoso-opensource. Without either,
 * fails under CI=true and otherwise skips the SPARQL tests with one loud line.
 */
export function startTestEndpoint(): TestEndpoint {
  const given = process.env.KG_SPARQL_ENDPOINT;
  if (given !== undefined && given !== '') return { url: given, stop: () => undefined };
  const installed = spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt']).status === 0;
  if (!installed) {
    const line = 'E2E: no Virtuoso (virtuoso-t) — install it with `apt-get install virtuoso-opensource`';
    if (process.env.CI === 'true') throw new Error(`${line} (CI=true: failing instead of skipping)`);
    console.warn(`\n!!!!! ${line}. SPARQL browser tests are SKIPPED. !!!!!\n`);
    return none;
  }
  const output = execFileSync('bash', [script, 'start'], { encoding: 'utf8' });
  const value = (name: string): string => new RegExp(`^${name}=(.*)$`, 'm').exec(output)?.[1] ?? '';
  const url = value('KG_SPARQL_ENDPOINT');
  const pid = value('KG_SPARQL_PID');
  if (url === '' || pid === '') throw new Error(`E2E: Virtuoso did not start: ${output}`);
  return { url, stop: () => execFileSync('bash', [script, 'stop', pid]) };
}
