/** Fixture builders for Azure role definitions, role assignments and Entra principals. */
import type { Resource } from '../../core/index.js';
import { resource } from '../testing.js';
import { SUB, SUB_ID } from './testkit.js';
import { BUILTIN_ROLES } from './util.js';

let n = 0;
const guid = () => `00000000-0000-0000-0000-${String(++n).padStart(12, '0')}`;

export function roleDefinition(
  roleName: string,
  type: 'CustomRole' | 'BuiltInRole' | undefined,
  permissions: { actions?: string[]; notActions?: string[]; dataActions?: string[] }[],
  assignableScopes: string[],
  id = `${SUB_ID}/providers/microsoft.authorization/roledefinitions/${guid()}`,
): Resource {
  return resource(
    'identity.role',
    'azure',
    {},
    {
      id,
      account: SUB,
      name: roleName,
      raw: {
        id,
        name: id.split('/').pop(),
        type: 'Microsoft.Authorization/roleDefinitions',
        properties: { roleName, ...(type ? { type, permissions, assignableScopes } : {}) },
      },
    },
  );
}

export const OWNER = `${SUB_ID}/providers/microsoft.authorization/roledefinitions/${BUILTIN_ROLES.owner}`;
export const READER = `${SUB_ID}/providers/microsoft.authorization/roledefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;

export function assignment(
  roleDefinitionId: string,
  principalId: string,
  principalType: string,
  scope = SUB_ID,
  extra: Record<string, unknown> = {},
): Resource {
  const id = `${scope}/providers/microsoft.authorization/roleassignments/${guid()}`.toLowerCase();
  return resource(
    'identity.policy',
    'azure',
    {},
    {
      id,
      account: SUB,
      raw: {
        id,
        type: 'Microsoft.Authorization/roleAssignments',
        properties: { roleDefinitionId, principalId, principalType, scope, ...extra },
      },
    },
  );
}

export function user(objectId: string, userType: 'Member' | 'Guest', upn: string): Resource {
  return resource(
    'identity.user',
    'azure',
    {},
    {
      id: `entra:user/${objectId}`,
      account: 'tenant-1',
      name: upn,
      raw: { id: objectId, userPrincipalName: upn, userType, accountEnabled: true },
      service: 'entra-id',
    },
  );
}
