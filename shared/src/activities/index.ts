export * from './activity-enums.js';
export * from './activity-kinds.js';
