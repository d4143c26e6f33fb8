import { describe, expect, it } from 'vitest';
import { llmChain } from './providers';

const none = {
  OPENAI_API_KEY: undefined,
  OPENAI_BASE_URL: undefined,
  OPENAI_MODEL: 'gpt-4o-mini',
  LLM_PRIMARY_PROVIDER: undefined,
  LLM_PRIMARY_API_KEY: undefined,
  LLM_PRIMARY_BASE_URL: undefined,
  LLM_PRIMARY_MODEL: undefined,
  LLM_SECONDARY_PROVIDER: undefined,
  LLM_SECONDARY_API_KEY: undefined,
  LLM_SECONDARY_BASE_URL: undefined,
  LLM_SECONDARY_MODEL: undefined,
} as const;

describe('llmChain', () => {
  it('is empty without configuration: the built-in model writes alone', () => {
    expect(llmChain(none)).toEqual([]);
  });

  it('keeps the OPENAI_* variables as the primary', () => {
    expect(llmChain({ ...none, OPENAI_API_KEY: 'sk-a', OPENAI_BASE_URL: 'https://gw.example/v1' })).toEqual([
      { role: 'primary', provider: 'openai', apiKey: 'sk-a', baseURL: 'https://gw.example/v1', model: 'gpt-4o-mini' },
    ]);
  });

  it('names a primary and a secondary; an OpenAI-compatible server needs its address, not a key', () => {
    const chain = llmChain({
      ...none,
      OPENAI_API_KEY: 'sk-ignored',
      LLM_PRIMARY_API_KEY: 'sk-p',
      LLM_PRIMARY_MODEL: 'gpt-4.1',
      LLM_SECONDARY_PROVIDER: 'openai-compatible',
      LLM_SECONDARY_BASE_URL: 'http://127.0.0.1:11434/v1',
      LLM_SECONDARY_MODEL: 'llama3.1',
    });
    expect(chain).toEqual([
      { role: 'primary', provider: 'openai', apiKey: 'sk-p', baseURL: undefined, model: 'gpt-4.1' },
      {
        role: 'secondary',
        provider: 'openai-compatible',
        apiKey: undefined,
        baseURL: 'http://127.0.0.1:11434/v1',
        model: 'llama3.1',
      },
    ]);
    // Incomplete entries are left out rather than failing at the first audit.
    expect(llmChain({ ...none, LLM_PRIMARY_PROVIDER: 'openai-compatible' })).toEqual([]);
  });
});
