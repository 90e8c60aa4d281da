import { Municipality } from '../modules/municipalities/municipality.entity';
import { Region } from '../modules/municipalities/region.entity';
import { Place } from '../modules/places/place.entity';
import { Goal } from '../modules/strategies/goal.entity';
import { StrategicArea } from '../modules/strategies/strategic-area.entity';
import { Strategy } from '../modules/strategies/strategy.entity';

export const ALL_ENTITIES = [Region, Municipality, Strategy, StrategicArea, Goal, Place];
