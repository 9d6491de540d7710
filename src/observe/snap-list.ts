// `snap list` as snapd prints it (cmd/snap/cmd_list.go): a tabwriter table with the columns Name, Version, Rev,
// Tracking, Publisher and Notes. None of the cells holds a space, so a row is six words. Nothing of a row is trusted
// beyond what each column may hold: a row that breaks that makes the whole answer unreadable.

/** One row of `snap list`. */
export interface SnapListRow {
  name: string;
  version: string;
  /** The store revision; undefined for a sideloaded snap (`x1`). */
  revision: number | undefined;
  /** The channel tracked, undefined for `-`; a branch is cut to `track/risk/…` by snapd. */
  tracking: string | undefined;
  /** Notes: `held`, `in-cohort`, `disabled`, `classic`, `devmode`, ...; empty for `-`. */
  notes: string[];
}

/** What `snap list` said: its rows, or the first line that breaks the columns (by number, never its text). */
export type SnapListResult = { ok: true; rows: SnapListRow[] } | { ok: false; line: number; reason: string };

const HEADER = ['Name', 'Version', 'Rev', 'Tracking', 'Publisher', 'Notes'];
// snapd's own limits: snap names (naming/validate.go), versions (at most 32 of these characters), revisions.
const NAME = /^[a-z0-9](?:-?[a-z0-9]){0,39}$/;
const VERSION = /^[A-Za-z0-9:.+~_-]{1,32}$/;
const REVISION = /^(x?)([0-9]{1,10})$/;
// \u2026 is the ellipsis (…), escaped so the CLI's bundle stays ASCII (scripts/build.mjs says why).
const TRACKING = /^[A-Za-z0-9._-]{1,64}(?:\/[A-Za-z0-9._-]{1,64}){0,2}(?:\/\u2026)?$/;
const PUBLISHER = /^\S{1,80}$/;
const NOTE = /^[a-z][a-z-]{0,31}$/;
/** At most this many rows are read: a member that prints more is not read. */
export const MAX_SNAP_ROWS = 1000;

/** Reads `snap list` output. */
export function parseSnapList(text: string): SnapListResult {
  const lines = text.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
  if (lines.length === 0) return { ok: true, rows: [] };
  const header = (lines[0] ?? '').trim().split(/ +/);
  if (header.length !== HEADER.length || header.some((word, index) => word !== HEADER[index]))
    return {
      ok: false,
      line: 1,
      reason: 'its header is not Name Version Rev Tracking Publisher Notes',
    };
  if (lines.length - 1 > MAX_SNAP_ROWS)
    return { ok: false, line: MAX_SNAP_ROWS + 2, reason: `it lists more than ${MAX_SNAP_ROWS} snaps` };
  const rows: SnapListRow[] = [];
  for (let index = 1; index < lines.length; index++) {
    const words = (lines[index] ?? '').trim().split(/ +/);
    const bad = (reason: string): SnapListResult => ({ ok: false, line: index + 1, reason });
    if (words.length !== 6) return bad('a row does not have six columns');
    const [name, version, rev, tracking, publisher, notes] = words as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!NAME.test(name)) return bad('a Name is no snap name');
    if (!VERSION.test(version)) return bad('a Version is no snap version');
    const revision = REVISION.exec(rev);
    if (!revision) return bad('a Rev is no revision');
    if (tracking !== '-' && !TRACKING.test(tracking)) return bad('a Tracking is no channel');
    if (!PUBLISHER.test(publisher)) return bad('a Publisher is unreadable');
    const noteList = notes === '-' ? [] : notes.split(',');
    if (noteList.some((note) => !NOTE.test(note)))
      return bad('a Notes cell is not `-` or comma-joined notes');
    rows.push({
      name,
      version,
      revision: revision[1] === 'x' ? undefined : Number(revision[2]),
      tracking: tracking === '-' ? undefined : tracking,
      notes: noteList,
    });
  }
  return { ok: true, rows };
}
