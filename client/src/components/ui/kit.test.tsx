import { CombinedError } from 'urql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Alert } from './alert';
import { Button } from './button';
import { DataTable } from './data-table';
import { ErrorState } from './error-state';
import { Page } from './page';

describe('Button', () => {
  it('never submits by accident and is disabled while busy', () => {
    render(
      <Button variant="primary" size="small" busy>
        Lưu
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Lưu' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveClass('btn', 'btn-primary', 'btn-small');
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
  });
});

describe('DataTable', () => {
  const columns = [
    { key: 'name', header: 'Tên', render: (r: { name: string; n: number }) => r.name },
    { key: 'n', header: 'Điểm', numeric: true, render: (r: { name: string; n: number }) => r.n },
  ];

  it('renders a header and one row per item', () => {
    render(<DataTable columns={columns} rows={[{ name: 'Tổ 1', n: 9 }]} rowKey={(r) => r.name} caption="Bảng" />);
    const table = screen.getByRole('table', { name: 'Bảng' });
    expect(table).toHaveClass('table');
    expect(screen.getByRole('columnheader', { name: 'Điểm' })).toHaveClass('num');
    expect(screen.getByRole('cell', { name: 'Tổ 1' })).toBeInTheDocument();
  });

  it('shows the empty message instead of an empty table', () => {
    render(<DataTable columns={columns} rows={[]} rowKey={(r) => r.name} empty="Chưa có gì" />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Chưa có gì')).toHaveClass('empty');
  });
});

describe('Alert and ErrorState', () => {
  it('announces errors at once and other tones politely', () => {
    render(
      <>
        <Alert tone="error">Hỏng</Alert>
        <Alert tone="success">Đã lưu</Alert>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Hỏng');
    expect(screen.getByRole('status')).toHaveTextContent('Đã lưu');
  });

  it('turns a network error into words and offers a retry', async () => {
    const onRetry = vi.fn();
    const error = new CombinedError({ networkError: new Error('offline') });
    render(<ErrorState error={error} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Không kết nối được máy chủ');
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('renders nothing without an error', () => {
    const { container } = render(<ErrorState error={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('Page', () => {
  it('is a region named by its title with breadcrumb, lead and actions', () => {
    render(
      <MemoryRouter>
        <Page
          title="Câu hỏi"
          lead="Ngân hàng câu hỏi"
          breadcrumb={[{ label: 'Nội dung', to: '/content' }, { label: 'Mới' }]}
          actions={<Button>Thêm</Button>}
        >
          <p>body</p>
        </Page>
      </MemoryRouter>,
    );
    expect(screen.getByRole('region', { name: 'Câu hỏi' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Câu hỏi' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Đường dẫn' })).toHaveTextContent('Nội dung › Mới');
    expect(screen.getByRole('link', { name: 'Nội dung' })).toHaveAttribute('href', '/content');
    expect(screen.getByText('Ngân hàng câu hỏi')).toHaveClass('page-header__lead');
  });
});
