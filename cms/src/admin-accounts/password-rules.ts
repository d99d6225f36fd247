import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { passwordProblem, type AccountNames } from './password-policy';

type UserService = {
  create(attributes: Record<string, unknown>): Promise<unknown>;
  createFirstAdmin(attributes: Record<string, unknown>): Promise<unknown>;
  updateById(id: number, attributes: Record<string, unknown>): Promise<unknown>;
};

/**
 * Every admin password Strapi stores goes through the admin user service's `create`, `createFirstAdmin` or
 * `updateById` (registration of an invited editor, password reset, a profile's or a Super Admin's change, the CLI
 * `admin:reset-user-password`): both are wrapped so the project's rules apply to all of them, with the account's
 * name and email at hand. A refused password is a 400 naming the rule.
 */
export function enforcePasswordRules(strapi: Core.Strapi): void {
  const users = strapi.service('admin::user') as unknown as UserService;
  const check = (password: unknown, account: AccountNames) => {
    const problem = passwordProblem(password, account);
    if (problem) throw new errors.ValidationError(problem, { errors: [{ path: ['password'], message: problem }] });
  };
  const create = users.create.bind(users);
  const createFirstAdmin = users.createFirstAdmin.bind(users);
  const updateById = users.updateById.bind(users);
  users.create = async (attributes) => {
    if ('password' in attributes) check(attributes.password, attributes as AccountNames);
    return create(attributes);
  };
  users.createFirstAdmin = async (attributes) => {
    check(attributes.password, attributes as AccountNames);
    return createFirstAdmin(attributes);
  };
  users.updateById = async (id, attributes) => {
    if ('password' in attributes && attributes.password !== undefined) {
      const current = (await strapi.db.query('admin::user').findOne({ where: { id } })) as AccountNames | null;
      check(attributes.password, { ...current, ...(attributes as AccountNames) });
    }
    return updateById(id, attributes);
  };
}
