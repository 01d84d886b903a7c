// Generated from the Rust DTOs in crates/diwan-api/src/dto.rs: do not edit.
// Regenerate with `make bindings`; a test fails when this file is stale.

export type AppInfoDto = { version: string, schemaVersion: number, databasePath: string | null, };

export type NamesDto = { ar: string, fr: string, en: string, };

export type MissionDto = { code: string, names: NamesDto, 
/**
 * One of `ministry`, `embassy`, `consulate`, `permanent-representation`.
 */
kind: string, 
/**
 * ISO 3166-1 alpha-2.
 */
hostCountry: string, 
/**
 * IANA time zone, e.g. `Europe/Paris`.
 */
timeZone: string, workingLanguages: Array<string>, };

export type NewMissionDto = { code: string, names: NamesDto, kind: string, hostCountry: string, timeZone: string, workingLanguages: Array<string>, };

export type ArgDto = string | number;

export type ErrorDto = { code: string, args: { [key in string]: ArgDto }, };
