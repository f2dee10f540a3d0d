import cliProgress from "cli-progress";
import type { Lang } from "./i18n.js";

/** Progress of a long run on stderr: a bar (records/s, ETA) on a terminal, a plain line every few seconds otherwise. */
export interface Progress {
  tick(done: number, failed: number): void;
  stop(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  readonly lang: Lang;
  readonly quiet: boolean;
  /** Expected total rows (for the ETA), when known. */
  readonly total: number | null;
  /** Where to write (default process.stderr). */
  readonly stream?: NodeJS.WriteStream | undefined;
  /** Seconds between plain lines (default 5). */
  readonly everySeconds?: number | undefined;
}

/** Creates the progress display. */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { tick: () => undefined, stop: () => undefined };
  const en = options.lang === "en";
  const start = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: options.total === null ? `{value} ${en ? "rows" : "baris"} | {rate} ${en ? "rows/s" : "baris/dtk"} | ${en ? "failed" : "gagal"} {failed}` : `[{bar}] {percentage}% | {value}/{total} | {rate} ${en ? "rows/s" : "baris/dtk"} | ETA {eta_formatted} | ${en ? "failed" : "gagal"} {failed}`,
        hideCursor: true,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(options.total ?? 0, 0, { rate: "0", failed: 0 });
    return {
      tick(done, failed) {
        const s = (Date.now() - start) / 1000;
        bar.update(done, { rate: s > 0 ? Math.round(done / s).toString() : "0", failed });
      },
      stop() {
        bar.stop();
      },
    };
  }
  const every = (options.everySeconds ?? 5) * 1000;
  let last = start;
  let lastDone = 0;
  let lastFailed = 0;
  const line = (done: number, failed: number): void => {
    const s = (Date.now() - start) / 1000;
    const rate = s > 0 ? Math.round(done / s) : 0;
    const eta = options.total !== null && rate > 0 ? `, ETA ${Math.max(0, Math.round((options.total - done) / rate))} s` : "";
    stream.write(en ? `${done} rows (${failed} failed), ${rate} rows/s${eta}\n` : `${done} baris (${failed} gagal), ${rate} baris/dtk${eta}\n`);
  };
  return {
    tick(done, failed) {
      lastDone = done;
      lastFailed = failed;
      const now = Date.now();
      if (now - last >= every) {
        last = now;
        line(done, failed);
      }
    },
    stop() {
      if (Date.now() - start >= every) line(lastDone, lastFailed);
    },
  };
}
