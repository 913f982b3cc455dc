/** CPU-bound scenarios of the shared packages, run in the bench process. */
export type CpuResult = { name: string; ops: number; ms: number; opsPerSec: number };

export async function runCpuScenarios(): Promise<CpuResult[]> {
  const results: CpuResult[] = [];
  const { runVnBench } = await import('./vn.ts');
  results.push(...(await runVnBench()));
  const { runSignatureBench } = await import('./signatures.ts');
  results.push(...(await runSignatureBench()));
  return results;
}
