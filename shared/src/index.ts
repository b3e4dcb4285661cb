export * from './text/vietnamese.js';
export * from './auth/roles.js';
export * from './units/unit-kind.js';
