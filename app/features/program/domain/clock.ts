// Clock times of a program: each block starts when the one before it ends.
const DAY = 24 * 60;

export type TimedBlock = {
  start: string;
  end: string;
  startMinute: number;
  endMinute: number;
};
export type ClockTimes = {
  blocks: TimedBlock[];
  total: number;
  start: string;
  end: string;
  endsNextDay: boolean;
};

/** 'HH:MM' → minutes after midnight, or null for anything else. */
export function parseTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatTime(minuteOfDay: number): string {
  const m = ((minuteOfDay % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Start and end of every block from the start time. Minutes run on past midnight
 * (startMinute/endMinute may exceed 1440); the shown times wrap. Null without a valid start time.
 */
export function clockTimes(startTime: string, blocks: readonly { minutes: number }[]): ClockTimes | null {
  const first = parseTime(startTime);
  if (first === null) return null;
  let at = first;
  const timed = blocks.map((b) => {
    const startMinute = at;
    at += Math.max(0, b.minutes);
    return {
      start: formatTime(startMinute),
      end: formatTime(at),
      startMinute,
      endMinute: at,
    };
  });
  return {
    blocks: timed,
    total: at - first,
    start: formatTime(first),
    end: formatTime(at),
    endsNextDay: at >= DAY,
  };
}
