import { Route, Routes } from 'react-router';
import { MunicipalityListPage } from '../features/municipalities/pages/MunicipalityListPage';
import { MunicipalityStartPage } from '../features/municipalities/pages/MunicipalityStartPage';
import { PlacesPage } from '../features/places/pages/PlacesPage';
import { AreaPage } from '../features/strategies/pages/AreaPage';
import { NotFoundPage } from '../ui/NotFound';
import { Layout } from './Layout';

/** The routes; the router itself (browser or memory) comes from the caller. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<MunicipalityListPage />} />
        <Route path=":slug">
          <Route index element={<MunicipalityStartPage />} />
          <Route path="areas/:code" element={<AreaPage />} />
          <Route path="places" element={<PlacesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
