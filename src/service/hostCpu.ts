/** Node's process, where the host is Node (the web extension host has none). */
const hostProcess = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;

/**
 * The CPU time this process has used, in ms, where the host can tell (Node's process.cpuUsage), else undefined: a task
 * that took long on the wall clock but little CPU waited for a core, which load elsewhere on the machine causes.
 */
export const hostCpuMs: (() => number) | undefined =
  typeof hostProcess?.cpuUsage === 'function'
    ? () => {
        const usage = hostProcess.cpuUsage!();
        return (usage.user + usage.system) / 1000;
      }
    : undefined;
