// The administration's three kinds of object, each its form (domain/admin-forms.ts) wired to
// its data module; useObjectEditor in common.tsx edits every kind the same way.
import { createCategory, createTeam, createUser, getCategory, getTeam, getUser, updateCategory, updateTeam, updateUser } from '../../../app/organisation';
import * as forms from '../../../domain/admin-forms';

export const TEAMS = { get: getTeam, toForm: forms.teamForm, check: forms.checkTeam, create: (f: forms.TeamForm) => createTeam(forms.createTeamRequest(f)), changes: forms.teamChanges, update: updateTeam };
export const USERS = { get: getUser, toForm: forms.userForm, check: forms.checkUser, create: (f: forms.UserForm) => createUser(forms.createUserRequest(f)), changes: forms.userChanges, update: updateUser };
export const CATEGORIES = { get: getCategory, toForm: forms.categoryForm, check: forms.checkCategory, create: (f: forms.CategoryForm) => createCategory(forms.createCategoryRequest(f)), changes: forms.categoryChanges, update: updateCategory };
