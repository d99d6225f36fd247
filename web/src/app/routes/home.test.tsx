import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { listOf, sampleSummary, seedArticle } from '../../testing/fixtures';
import { renderWithApp, stubCms } from '../../testing/render';
import HomeRoute, { pageFromSearch } from './home';

let restore = () => {};
afterEach(() => restore());

describe('home page', () => {
  it('lists the latest articles with dd/MM/yyyy dates, leads and links to /tin-tuc/:slug', async () => {
    const cms = stubCms(() => ({ body: listOf([seedArticle, sampleSummary(1)], 1, 3) }));
    restore = cms.restore;
    renderWithApp(<HomeRoute />);
    const link = await screen.findByRole('link', { name: seedArticle.title });
    expect(link).toHaveAttribute('href', `/tin-tuc/${seedArticle.slug}`);
    expect(screen.getByText('16/03/2021')).toBeInTheDocument();
    expect(screen.getByText(seedArticle.lead!)).toBeInTheDocument();
    expect(screen.getByText('Bài mẫu')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trang sau ›' })).toHaveAttribute('href', '/?trang=2');
    expect(cms.calls[0]!.searchParams.get('sort[0]')).toBe('date:desc');
  });

  it('asks for the page in the URL', async () => {
    const cms = stubCms(() => ({ body: listOf([sampleSummary(11)], 2, 3) }));
    restore = cms.restore;
    renderWithApp(<HomeRoute />, { path: '/?trang=2' });
    expect(await screen.findByText('Trang 2 / 3')).toBeInTheDocument();
    expect(cms.calls[0]!.searchParams.get('pagination[page]')).toBe('2');
    expect(screen.getByRole('link', { name: '‹ Trang trước' })).toHaveAttribute('href', '/');
  });

  it('says so when nothing is published yet', async () => {
    restore = stubCms(() => ({ body: listOf([]) })).restore;
    renderWithApp(<HomeRoute />);
    expect(await screen.findByText('Chưa có tin bài nào được đăng.')).toBeInTheDocument();
  });

  it('reads only positive whole page numbers', () => {
    expect(pageFromSearch('trang=3')).toBe(3);
    expect(pageFromSearch('trang=-1')).toBe(1);
    expect(pageFromSearch('trang=abc')).toBe(1);
    expect(pageFromSearch('')).toBe(1);
  });
});
