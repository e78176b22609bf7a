import { render } from 'preact';

function App() {
  return <main>Ki-ốt dịch vụ công</main>;
}

render(<App />, document.getElementById('app')!);
