import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { problemResponse, stubFetch } from '../../test/render.tsx';
import { PartUpload } from './part-upload.tsx';

describe('PartUpload', () => {
  it("shows the server's reason when a file is refused (type or size), and uploads nothing", async () => {
    const fetchMock = stubFetch(() =>
      problemResponse(415, 'FILE_TYPE_NOT_ALLOWED', 'Loại tệp không được phép tải lên.'),
    );
    const onUploaded = vi.fn();
    render(<PartUpload partName="Giấy chứng sinh" file={undefined} onUploaded={onUploaded} />);
    expect(screen.getByRole('button', { name: 'Tải tệp lên: Giấy chứng sinh' })).toBeTruthy();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['MZ'], 'chuong-trinh.exe')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Không tải được tệp cho “Giấy chứng sinh”: Loại tệp không được phép tải lên.',
    );
    expect(onUploaded).not.toHaveBeenCalled();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/files');
    expect(init?.body instanceof FormData && init.body.get('file')).toBeInstanceOf(File);
  });
});
