// Channel names for realtime events. One channel per trajectory and live screen.
export const CHANNEL_TOPICS = ['console', 'minutes', 'reception'] as const;
export type ChannelTopic = (typeof CHANNEL_TOPICS)[number];

export const channelFor = (trajectoryId: string, topic: ChannelTopic) => `trajectory:${trajectoryId}:${topic}`;

export function parseChannel(channel: string): { trajectoryId: string; topic: ChannelTopic } | null {
  const match = /^trajectory:([0-9a-f-]{36}):([a-z_]+)$/.exec(channel);
  if (!match || !(CHANNEL_TOPICS as readonly string[]).includes(match[2]!)) return null;
  return { trajectoryId: match[1]!, topic: match[2] as ChannelTopic };
}
