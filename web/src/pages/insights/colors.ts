/** Chart colours: the dashboard's tones, strong enough to read on white. */
export const COLORS = { delivered: '#2e8540', failed: '#c62828', retried: '#b36b00', activity: '#1f5fbf' };
/** One colour per connection, in turn. */
export const PALETTE = ['#1f5fbf', '#7b3fa0', '#00838f', '#6d4c41', '#ad1457', '#558b2f'];
