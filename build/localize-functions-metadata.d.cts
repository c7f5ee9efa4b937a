/** Types for the CommonJS build helper, so TypeScript tests can call it. */
export interface ParameterMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}
export interface FunctionMetadata {
  id: string;
  description?: string;
  parameters: ParameterMetadata[];
  [key: string]: unknown;
}
export interface TranslationTable {
  functions: Record<
    string,
    { description: string; parameters: Record<string, { name: string; description: string }> }
  >;
}
export function localizeMetadata(
  metadata: { functions: FunctionMetadata[] },
  table: TranslationTable
): { metadata: { functions: FunctionMetadata[] }; problems: string[] };
export class LocalizedFunctionsMetadataPlugin {
  constructor(options: { input: string; output: string; table: string });
  apply(compiler: unknown): void;
}
