// Channel names for realtime events. One channel per trajectory and live screen, and one per
// follow-up board (its participants have no account, so the board has its own channel).
export const CHANNEL_TOPICS = ['console', 'minutes', 'reception'] as const;
export type ChannelTopic = (typeof CHANNEL_TOPICS)[number];

export const channelFor = (trajectoryId: string, topic: ChannelTopic) => `trajectory:${trajectoryId}:${topic}`;
export const boardChannel = (boardId: string) => `board:${boardId}`;

export type ParsedChannel = { trajectoryId: string; topic: ChannelTopic } | { boardId: string };

export function parseChannel(channel: string): ParsedChannel | null {
  const board = /^board:([0-9a-f-]{36})$/.exec(channel);
  if (board) return { boardId: board[1]! };
  const match = /^trajectory:([0-9a-f-]{36}):([a-z_]+)$/.exec(channel);
  if (!match || !(CHANNEL_TOPICS as readonly string[]).includes(match[2]!)) return null;
  return { trajectoryId: match[1]!, topic: match[2] as ChannelTopic };
}
