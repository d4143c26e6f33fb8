import { SignOutButton as SignOutButton_eb937b9149999c398464ee23643767b2 } from '../../../../cms/components/sign-out-button'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/sign-out-button#SignOutButton": SignOutButton_eb937b9149999c398464ee23643767b2,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
