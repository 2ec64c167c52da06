import type { ChildProcess, SpawnOptions } from 'node:child_process';

/** The three namespaces of one lab run. */
export type LabNode = 'client' | 'router' | 'world';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A running censorship lab (see inventory.ts for its addresses). Everything it starts is
 * tracked, and `stop()` (also run on exit, SIGINT and SIGTERM) kills every process in
 * its namespaces, deletes the namespaces (and with them the veths), /etc/netns/<name>
 * and its temporary folder. `stop()` is idempotent.
 */
export interface Lab {
  /** Unique per run, part of every namespace name. */
  readonly id: string;
  /** The namespace names, for `ip netns exec`. */
  readonly namespaces: Readonly<Record<LabNode, string>>;
  /** A temporary folder for configurations, certificates and logs; removed by stop(). */
  readonly folder: string;
  /** The lab CA's certificate (PEM file): the client trusts it through NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  /** Starts a long-running process inside a namespace; killed by stop(). */
  spawnIn(node: LabNode, command: string, args: readonly string[], options?: SpawnOptions): ChildProcess;
  /** Runs a command inside a namespace to its end. */
  execIn(
    node: LabNode,
    command: string,
    args: readonly string[],
    options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number },
  ): Promise<ExecResult>;
  stop(): Promise<void>;
}
