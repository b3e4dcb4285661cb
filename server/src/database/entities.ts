import { RefreshToken } from '../modules/auth/entities/refresh-token.entity.js';
import { Unit } from '../modules/units/entities/unit.entity.js';
import { User } from '../modules/users/entities/user.entity.js';
import { AppSetting } from './entities/app-setting.entity.js';

/** Every TypeORM entity. A check fails when these and the migrations disagree. */
export const ENTITIES = [AppSetting, Unit, User, RefreshToken];
