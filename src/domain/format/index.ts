// One formatting module for money, durations and dates (see each file).
export * from './money';
export * from './durations';
export * from './dates';
