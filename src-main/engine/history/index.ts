/** The run history: one report file per run (a journal while it goes on) in a folder, listed through a rebuildable index. */
export { HistoryError, HistoryStore, MAX_LABEL_LENGTH } from './history-store.ts';
export { RunRecorder } from './run-entries.ts';
export type { HistoryOptions, OpenedRun } from './history-store.ts';
export type { HistoryEntry } from './index-file.ts';
export type { Damage } from './read-run.ts';
export type { RunCounts } from './counts.ts';
export { compareReports } from './compare.ts';
export type { Comparison, ComparedRoute, ComparedRun, ComparedTarget, RouteSide, TargetSide } from './compare.ts';
export { defaultHistoryDir } from './default-dir.ts';
export { readRunFile } from './read-run.ts';
export { JITTER, Schedule, type ScheduleSpec } from './schedule.ts';
export { readTimeline, TIMELINE_RUNS, type Timeline, type TimelineRun, type TimelineTarget } from './timeline.ts';
export { readSpeedSeries } from './speed-series.ts';
