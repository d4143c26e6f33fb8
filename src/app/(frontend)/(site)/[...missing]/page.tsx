// Any address no page answers: the site's own 404 page, with header, footer and a way on.
import { notFound } from 'next/navigation';

export default function MissingPage(): never {
  notFound();
}
