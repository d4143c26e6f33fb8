// The site's address for links every email carries (the "Your data" page in the footer). Given
// by the outbox when it renders a message, so templates need no configuration of their own.
import { createContext } from 'react';

export const EmailSiteUrl = createContext<string | null>(null);
