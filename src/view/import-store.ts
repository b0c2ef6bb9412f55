import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ReadRequest, ReadResult, ReadStage } from '../sources/read-graph.ts';

// The formats' types as the sources layer hands them over (view/ does not reach into formats/).
export type ImportOptions = ReadRequest['options'];
type TextFile = ReadRequest['files'][number];
type ImportReport = ReadResult['report'];
export type GraphChoice = NonNullable<ImportReport['summary']>['graphs'][number];

/** What is being opened and what opening said: drives the progress dialog and the import report. */

/** A graph's files and the mapping they were read with: enough to read them again another way. */
export interface ImportInput {
  readonly ref: string;
  /** The file name(s) as the user knows them. */
  readonly name: string;
  readonly files: readonly TextFile[];
  readonly options: ImportOptions;
}

export interface ImportJob {
  readonly name: string;
  readonly stage: ReadStage;
  readonly cancel: () => void;
}

export interface ShownReport {
  readonly input: ImportInput;
  readonly report: ImportReport;
  /** `refused`: the report's errors say why; `pending`: read, waiting for the user to check the mapping and open it. */
  readonly status: 'opened' | 'refused' | 'pending';
}

export interface ImportState {
  readonly job: ImportJob | null;
  /** The report of the last import; `reportOpen` says whether its dialog is showing. */
  readonly report: ShownReport | null;
  readonly reportOpen: boolean;
  /** The user wants to check the mapping before a file opens. */
  readonly reviewFirst: boolean;
  /** A file with several graphs waits for the user to pick one. */
  readonly choice: { readonly input: ImportInput; readonly graphs: readonly GraphChoice[] } | null;
}

export type ImportStore = StoreApi<ImportState>;

export function createImportStore(): ImportStore {
  return createStore<ImportState>()(() => ({
    job: null,
    report: null,
    reportOpen: false,
    reviewFirst: false,
    choice: null,
  }));
}
