// Stamps the publication date the first time a document is published without one.
import type { CollectionBeforeChangeHook } from 'payload';

export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) data.publishedAt = new Date().toISOString();
  return data;
};
