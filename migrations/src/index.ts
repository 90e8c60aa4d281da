import { Taxonomy1795305600000 } from './1795305600000-Taxonomy';
import { Accounts1795309200000 } from './1795309200000-Accounts';
import { Organizations1795312800000 } from './1795312800000-Organizations';
import { EidLogin1795316400000 } from './1795316400000-EidLogin';
import { Ideas1795320000000 } from './1795320000000-Ideas';
import { IdeaSearch1795323600000 } from './1795323600000-IdeaSearch';
import { Engagement1795327200000 } from './1795327200000-Engagement';
import { Moderation1795334400000 } from './1795334400000-Moderation';
import { IdeaAnswers1795330800000 } from './1795330800000-IdeaAnswers';
import { IdeaListIndexes1795341600000 } from './1795341600000-IdeaListIndexes';
import { Polls1795345200000 } from './1795345200000-Polls';
import { Workshops1795348800000 } from './1795348800000-Workshops';
import { WorkshopSignupTokens1795352400000 } from './1795352400000-WorkshopSignupTokens';
import { DialoguesAndSurveys1795356000000 } from './1795356000000-DialoguesAndSurveys';

/** Every migration, oldest first. Add new ones at the end. */
export const ALL_MIGRATIONS: Function[] = [Taxonomy1795305600000, Accounts1795309200000, Organizations1795312800000, EidLogin1795316400000, Ideas1795320000000, IdeaSearch1795323600000, Engagement1795327200000, IdeaAnswers1795330800000, Moderation1795334400000, IdeaListIndexes1795341600000, Polls1795345200000, Workshops1795348800000, WorkshopSignupTokens1795352400000, DialoguesAndSurveys1795356000000];
