import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { withErrorBoundaries } from './route-error-page';
import { routes } from './router';

function Broken(): never {
  throw new Error('boom');
}

function everyRoute(list: RouteObject[]): RouteObject[] {
  return list.flatMap((route) => [route, ...everyRoute(route.children ?? [])]);
}

describe('route error boundary', () => {
  it('is on every route of the app', () => {
    const all = everyRoute(routes);
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((route) => !route.errorElement)).toEqual([]);
  });

  it('shows a page that throws as a readable error with a retry and a way home', () => {
    // React and the router report the caught error on the console; the test expects it.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const router = createMemoryRouter(
      withErrorBoundaries([{ path: '/', children: [{ path: 'broken', element: <Broken /> }] }]),
      { initialEntries: ['/broken'] },
    );
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Trang này gặp lỗi');
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    expect(screen.queryByText('boom')).not.toBeInTheDocument();
  });

  it('says "not found" for an unknown address without a retry', () => {
    const router = createMemoryRouter(withErrorBoundaries([{ path: '/', element: <p>home</p> }]), {
      initialEntries: ['/nowhere'],
    });
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
