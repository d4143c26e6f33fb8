// The configured provider chain: a primary and a secondary LLM (OpenAI, or any OpenAI-compatible
// endpoint), read from the environment once; the built-in model always comes after them. The
// OPENAI_* variables stay the primary when LLM_PRIMARY_* is not set. Pure: the caller passes
// the environment (src/env.ts), a test its own.

export type ProviderKind = 'openai' | 'openai-compatible';

export interface LlmSpec {
  role: 'primary' | 'secondary';
  provider: ProviderKind;
  apiKey?: string;
  baseURL?: string;
  model: string;
}

type Maybe = string | undefined;
/** The variables of src/env.ts the chain is read from. */
export interface ChainEnv {
  OPENAI_API_KEY?: Maybe;
  OPENAI_BASE_URL?: Maybe;
  OPENAI_MODEL: string;
  LLM_PRIMARY_PROVIDER?: ProviderKind | undefined;
  LLM_PRIMARY_API_KEY?: Maybe;
  LLM_PRIMARY_BASE_URL?: Maybe;
  LLM_PRIMARY_MODEL?: Maybe;
  LLM_SECONDARY_PROVIDER?: ProviderKind | undefined;
  LLM_SECONDARY_API_KEY?: Maybe;
  LLM_SECONDARY_BASE_URL?: Maybe;
  LLM_SECONDARY_MODEL?: Maybe;
}

/** One LLM of the chain, or null when it is not (fully) configured. */
function spec(
  role: LlmSpec['role'],
  given: { provider?: ProviderKind; apiKey?: string; baseURL?: string; model?: string },
  defaultModel: string,
): LlmSpec | null {
  const provider = given.provider ?? (given.apiKey ? 'openai' : given.baseURL ? 'openai-compatible' : undefined);
  if (!provider) return null;
  // OpenAI needs its key; an OpenAI-compatible server needs its address (a local one no key).
  if (provider === 'openai' && !given.apiKey) return null;
  if (provider === 'openai-compatible' && !given.baseURL) return null;
  return { role, provider, apiKey: given.apiKey, baseURL: given.baseURL, model: given.model ?? defaultModel };
}

/** The remote LLMs to try, in order (none: the built-in model writes alone). */
export function llmChain(source: ChainEnv): LlmSpec[] {
  const primaryGiven = source.LLM_PRIMARY_PROVIDER ?? source.LLM_PRIMARY_API_KEY ?? source.LLM_PRIMARY_BASE_URL;
  const primary = primaryGiven
    ? spec(
        'primary',
        {
          provider: source.LLM_PRIMARY_PROVIDER,
          apiKey: source.LLM_PRIMARY_API_KEY,
          baseURL: source.LLM_PRIMARY_BASE_URL,
          model: source.LLM_PRIMARY_MODEL,
        },
        source.OPENAI_MODEL,
      )
    : spec(
        'primary',
        { apiKey: source.OPENAI_API_KEY, baseURL: source.OPENAI_API_KEY ? source.OPENAI_BASE_URL : undefined },
        source.OPENAI_MODEL,
      );
  const secondary = spec(
    'secondary',
    {
      provider: source.LLM_SECONDARY_PROVIDER,
      apiKey: source.LLM_SECONDARY_API_KEY,
      baseURL: source.LLM_SECONDARY_BASE_URL,
      model: source.LLM_SECONDARY_MODEL,
    },
    source.OPENAI_MODEL,
  );
  return [primary, secondary].filter((s): s is LlmSpec => s !== null);
}
